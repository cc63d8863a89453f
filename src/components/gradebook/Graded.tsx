/** The rows, the export and the class view, once the content to re-score with has loaded. */
import { useContent } from '../../content-client/use-content.ts';
import type { Weights } from '../../domain/gradebook/course-grade.ts';
import { buildGradebook } from '../../domain/gradebook/gradebook.ts';
import type { ImportedFile } from '../../domain/gradebook/read-files.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { GradedAssignment } from '../../storage/gradebook/gradebook-store.ts';
import { ContentGate } from '../ContentGate.tsx';
import { ClassView } from './ClassView.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { GradebookTable } from './GradebookTable.tsx';
import { loadGradebookContent } from './load-gradebook-content.ts';

interface GradedProps {
  graded: GradedAssignment;
  files: ImportedFile[];
  weights: Weights;
  onWeights: (weights: Weights) => void;
  locale: Locale;
  t: Translate;
  dates: Intl.DateTimeFormat;
}

export default function Graded({ graded, files, weights, onWeights, locale, t, dates }: GradedProps) {
  const key = `${files.map((f) => f.key).join(',')}|${graded.checksum}`;
  const content = useContent(() => loadGradebookContent(files, graded.assignment.scenarios), key);
  return (
    <ContentGate content={content} t={t}>
      {(loaded) => {
        const book = buildGradebook({ ...graded, files, versions: loaded.versions, questions: loaded.questions });
        const titleOf = (id: string) => loaded.titles.get(id)?.[locale] ?? id;
        return (
          <>
            <GradebookTable book={book} assignment={graded.assignment} t={t} titleOf={titleOf} when={(m) => dates.format(m)} />
            <ExportPanel
              book={book}
              assignment={graded.assignment}
              weights={weights}
              onWeights={onWeights}
              t={t}
              titleOf={titleOf}
              when={(m) => dates.format(m)}
            />
            <ClassView book={book} questions={loaded.questions} locale={locale} t={t} titleOf={titleOf} />
          </>
        );
      }}
    </ContentGate>
  );
}
