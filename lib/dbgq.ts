import { findQuantities } from './engine/quantities';
for (const t of process.argv.slice(2)) console.log(t, '=>', JSON.stringify(findQuantities(t).map(q => [q.text, q.kind, q.value, q.high, q.op, q.role, q.currency])));
