// Trains the wording guard's learnt layer on test/compliance-corpus and writes data/guard-model.json.
// Run: npm run train:guard (deterministic: the same corpus gives the same file; core/compliance/model.test.ts
// checks that the shipped file is what this writes).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FILE } from '../core/compliance/model.js';
import { storedModelText, trainGuardModel } from '../core/compliance/model-train.js';
import { PROJECT_ROOT } from '../core/project-root.js';

const model = trainGuardModel(join(PROJECT_ROOT, 'test', 'compliance-corpus'), join(PROJECT_ROOT, 'templates'));
writeFileSync(MODEL_FILE, storedModelText(model));
console.log(
  `data/guard-model.json: ${Object.keys(model.weights).length} features, rounds ${model.rounds.join(' ')}, threshold ${model.threshold}`,
);
