// Kept where external scorers import it from: passages are made by ingestion (src/ingest/passages.ts).
export { splitPassages, splitPassagesSteps } from '../ingest/passages.js';
