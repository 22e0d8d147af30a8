// Refiner: label lines beside a headline ("Analysis", "Based on facts") marked, so none becomes a title or passage.
import type { Refiner } from '../types.js';
import { markLabels } from '../labels.js';

export const labelsRefiner: Refiner = {
  name: 'labels',
  refine(drafts) {
    return drafts.map((d) => (d.lines ? { ...d, lines: markLabels(d.lines) } : d));
  },
};
