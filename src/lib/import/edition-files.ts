/** Everything an import writes into content/editions/<slug>/, as file name → text. */
import { stringify } from 'yaml';
import { faqFile, importFaqDrafts } from './faq-drafts.ts';
import type { ReadDocument } from './model.ts';
import type { Imported } from './pipeline.ts';
import { importReport } from './report.ts';
import { editionYaml, policyYaml, type ImportRequest } from './write.ts';

export interface EditionFiles {
  files: Map<string, string>;
  report: string;
}

export function editionFiles(imp: Imported, doc: ReadDocument, req: ImportRequest, editionDir: string): EditionFiles {
  const files = new Map<string, string>();
  files.set('edition.yaml', editionYaml(imp, doc, req));
  files.set('policy.yaml', policyYaml(imp, req));
  files.set(`source/${req.keptName}`, doc.kept);
  const definition = imp.definition?.found ? { clause: imp.definition.clause, quote: imp.definition.quote } : undefined;
  const faqs = importFaqDrafts(definition, imp.clauses, new Set());
  for (const f of faqs) files.set(`faq/${f.id}.md`, faqFile(f, (v) => stringify(v, { lineWidth: 0 })));
  const report = importReport({ imp, doc, req, faqs: faqs.map((f) => ({ id: f.id, question: f.data.question })), editionDir });
  files.set('source/import-report.md', report);
  return { files, report };
}
