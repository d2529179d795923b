import fs from 'node:fs';
import { analyze } from '../../src/analysis';
import { sequenceOf } from '../../src/pipeline/analysis';
import { sessionFromResult } from '../../src/pipeline/session-json';
for (const f of fs.readdirSync('.cache/pipeline').filter((f) => f.startsWith('deadlift'))) {
  const r = JSON.parse(fs.readFileSync(`.cache/pipeline/${f}`, 'utf8'));
  console.log('==', f);
  const a = analyze(sequenceOf(sessionFromResult(r)), { exercise: 'deadlift' });
  console.log(a.view.label, a.repCount, a.checks.find((c) => c.kind === 'hips_rise_first')!.status, a.mistakes.map((m) => `${m.kind}@${m.startS}`).join(' '));
}
