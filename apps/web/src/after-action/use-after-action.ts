import { useEffect, useMemo, useState } from 'react';
import type { AfterActionFormat, AfterActionReport } from '@app/contracts';
import { orNotAvailable } from '../alerts/alerts-api.js';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { useI18n } from '../i18n/i18n.context.js';
import { fetchAuthorized, saveBlob } from '../operations/authorized-file.js';
import { useSessionStore } from '../session/session.context.js';
import { afterActionPath, downloadName, type Period } from './after-action.model.js';

export interface AfterActionView {
  report: AfterActionReport | null | undefined;
  loading: boolean;
  problem: FormProblem | undefined;
  download(format: AfterActionFormat): Promise<void>;
  downloadProblem: FormProblem | undefined;
}

/** The report for a period in the reader's language; JSON and CSV saved as files with the staff token. */
export function useAfterAction(period: Period | undefined): AfterActionView {
  const store = useSessionStore();
  const { language } = useI18n();
  const [report, setReport] = useState<AfterActionReport | null | undefined>();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [downloadProblem, setDownloadProblem] = useState<FormProblem | undefined>();
  const path = useMemo(() => (period ? afterActionPath(period, language) : undefined), [period, language]);

  useEffect(() => {
    if (!path) return;
    let live = true;
    setLoading(true);
    setProblem(undefined);
    orNotAvailable(store.request<AfterActionReport>('GET', path)).then(
      (r) => {
        if (!live) return;
        setReport(r);
        setLoading(false);
      },
      (err) => {
        if (!live) return;
        setReport(undefined);
        setProblem(formProblemFor(err));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [path, store]);

  async function download(format: AfterActionFormat) {
    if (!period) return;
    setDownloadProblem(undefined);
    try {
      const blob = await fetchAuthorized(store, afterActionPath(period, language, format));
      saveBlob(blob, downloadName(period, format));
    } catch (err) {
      setDownloadProblem(formProblemFor(err));
    }
  }

  return { report, loading, problem, download, downloadProblem };
}
