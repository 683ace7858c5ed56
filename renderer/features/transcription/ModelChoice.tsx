/**
 * Which Whisper model transcribes: the listed models with their published size, memory,
 * speed and Indonesian accuracy; in the desktop app each can be downloaded into the app's
 * data folder (progress, time left, cancel) and chosen once there; anywhere, a model file
 * the user already has can be chosen instead.
 */
import { useEffect, useState } from 'react';
import type { ModelDownloadProblem, ModelDownloadProgress, ModelShelf } from '../../../shared/api.ts';
import { modelUrl, SUGGESTED_MODEL, whisperModel, WHISPER_MODELS, type ModelName, type WhisperModel } from '../../../shared/transcription/models.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { localeOf } from '../../../shared/locale.ts';

export type ChosenModel = { kind: 'installed'; name: ModelName; url: string } | { kind: 'file'; file: File };

interface Props {
  chosen: ChosenModel | null;
  /** A stable function (a state setter): the installed models are read once per dialog. */
  onChoose(model: ChosenModel | null): void;
}

export function ModelChoice({ chosen, onChoose }: Props) {
  const { t, lang } = useLang();
  const host = useHost();
  const [shelf, setShelf] = useState<ModelShelf | null>(null);
  const [downloading, setDownloading] = useState<ModelDownloadProgress | null>(null);
  const [problem, setProblem] = useState<{ model: ModelName; problem: ModelDownloadProblem; detail?: string } | null>(null);
  const locale = localeOf(lang);
  const number = (n: number, digits = 0) => n.toLocaleString(locale, { maximumFractionDigits: digits });
  const size = (bytes: number) => (bytes >= 1e9 ? `${number(bytes / 1e9, 1)} GB` : `${number(bytes / 1e6)} MB`);

  useEffect(() => {
    let live = true;
    void host.whisperModels().then((s) => {
      if (!live) return;
      setShelf(s);
      const suggested = s.installed.find((m) => m.name === SUGGESTED_MODEL) ?? s.installed[0];
      if (suggested) onChoose({ kind: 'installed', ...suggested });
    });
    // Only the download under way moves its bar; a report arriving after it ended is dropped.
    host.onModelProgress((p) => setDownloading((current) => (current?.model === p.model ? p : current)));
    return () => {
      live = false;
      host.onModelProgress(() => undefined);
    };
  }, [host, onChoose]);

  async function download(model: WhisperModel) {
    setProblem(null);
    setDownloading({ model: model.name, received: 0, total: model.bytes, secondsLeft: null });
    const result = await host.downloadWhisperModel(model.name);
    setDownloading(null);
    if (!result.ok) {
      if (result.problem !== 'cancelled') setProblem({ model: model.name, problem: result.problem, detail: result.detail });
      return;
    }
    const fresh = await host.whisperModels();
    setShelf(fresh);
    const installed = fresh.installed.find((m) => m.name === model.name);
    if (installed) onChoose({ kind: 'installed', ...installed });
  }

  const canDownload = Boolean(shelf?.folder);
  const installedUrl = (name: ModelName) => shelf?.installed.find((m) => m.name === name)?.url;
  return (
    <fieldset className="model-choice">
      <legend>{t('models.title')}</legend>
      <table className="model-table">
        <thead>
          <tr>
            <th scope="col">{t('models.name')}</th>
            <th scope="col">{t('models.file')}</th>
            <th scope="col">{t('models.memory')}</th>
            <th scope="col">{t('models.speed')}</th>
            <th scope="col">{t('models.wer')}</th>
            <th scope="col">
              <span className="sr-only">{t('models.state')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {WHISPER_MODELS.map((m) => {
            const url = installedUrl(m.name);
            const isChosen = chosen?.kind === 'installed' && chosen.name === m.name;
            const progress = downloading?.model === m.name ? downloading : null;
            return (
              <tr key={m.name} className={isChosen ? 'chosen' : undefined}>
                <th scope="row">
                  {canDownload ? (
                    <label className="inline">
                      <input type="radio" name="whisper-model" disabled={!url} checked={isChosen} onChange={() => url && onChoose({ kind: 'installed', name: m.name, url })} /> {m.name}
                    </label>
                  ) : (
                    <a href={modelUrl(m)}>{m.name}</a>
                  )}
                </th>
                <td>{size(m.bytes)}</td>
                <td>{m.memoryMb === null ? '—' : `≈ ${size(m.memoryMb * 1e6)}`}</td>
                <td>{`~${m.relativeSpeed}×`}</td>
                <td>{m.indonesianWer ? t('models.werValue', { cv: number(m.indonesianWer.commonVoice15, 1), fleurs: number(m.indonesianWer.fleurs, 1) }) : '—'}</td>
                <td className="model-state">
                  {url ? (
                    <span className="muted">{t('models.installed')}</span>
                  ) : progress ? (
                    <span className="model-progress" role="status">
                      <progress max={progress.total} value={progress.received} aria-label={t('models.downloading', { model: m.name })} />
                      {Math.floor((100 * progress.received) / progress.total)}%
                      {progress.secondsLeft != null && ` · ${t('transcribe.left', { minutes: Math.max(1, Math.round(progress.secondsLeft / 60)) })}`}
                      <button type="button" onClick={() => void host.cancelModelDownload(m.name)}>
                        {t('common.cancel')}
                      </button>
                    </span>
                  ) : canDownload ? (
                    <button type="button" disabled={downloading !== null} onClick={() => void download(m)}>
                      {t('models.download')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{t('models.sources')}</p>
      {problem && (
        <p className="danger-text" role="alert">
          {t(`models.problem.${problem.problem}`, { model: problem.model, detail: problem.detail ?? '' })}
        </p>
      )}
      {!canDownload && shelf && <p className="muted small">{t('models.webHint', { file: whisperModel(SUGGESTED_MODEL)!.file })}</p>}
      <label>
        {t('transcribe.model')}
        <input
          type="file"
          accept=".bin"
          onChange={(e) => {
            const file = e.target.files?.[0];
            onChoose(file ? { kind: 'file', file } : null);
          }}
        />
      </label>
      {canDownload && <p className="muted small">{t('models.folder', { folder: shelf!.folder! })}</p>}
    </fieldset>
  );
}
