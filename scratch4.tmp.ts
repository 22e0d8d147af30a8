import { parseDateLine, findDateline } from './src/dates/pubdate.js';
for (const l of ['Published June 3, 2025 at 9:14 AM EDT', 'June 03, 2025 07:45 PM GMT+03:00', ' date 1987-03-04', '23-05-2025', 'Updated 21 May 2025, 10:02 am', 'date 2025-06-16 After the talks', 'Published: March 4, 2026 10:02 am The river'])
  console.log(JSON.stringify(l), parseDateLine(l));
console.log(findDateline('June 3, 2025 (KABUL) – The Taliban said'), findDateline('KABUL, June 3 (Reuters) - The'));
