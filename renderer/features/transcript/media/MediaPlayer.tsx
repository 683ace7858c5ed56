/**
 * The recording beside the transcript: attach (or find again) an audio or video file,
 * play/pause, a seek bar with current time and duration, skip back and forward, speed
 * and volume, and the recording's waveform. The hotkeys drive the same player.
 */
import { formatClock } from '../../../../shared/formats/timestamp.ts';
import type { MediaRow } from '../../../db/schema.ts';
import { useT } from '../../../i18n/context.tsx';
import { MAX_RATE, MIN_RATE, type Player } from './usePlayer.ts';
import { Waveform } from './Waveform.tsx';

export interface MediaPlayerProps {
  media: MediaRow | null;
  url: string | null;
  missing: boolean;
  player: Player;
  skipSeconds: number;
  onAttach(): void;
}

const RATES = Array.from({ length: Math.round((MAX_RATE - MIN_RATE) * 10) + 1 }, (_, i) => Math.round((MIN_RATE + i / 10) * 10) / 10);

export function MediaPlayer({ media, url, missing, player, skipSeconds, onAttach }: MediaPlayerProps) {
  const t = useT();
  if (!media) {
    return (
      <div className="media-bar media-empty">
        <button type="button" onClick={onAttach}>
          {t('media.attach')}
        </button>
        <span className="muted">{t('media.hint')}</span>
      </div>
    );
  }
  const isVideo = /\.(mp4|webm)$/i.test(media.name);
  return (
    <div className="media-bar" data-testid="media-player">
      {missing && (
        <div className="notice notice-error" role="alert">
          {t('media.missing', { path: media.path ?? media.name })}{' '}
          <button type="button" onClick={onAttach}>
            {t('media.locate')}
          </button>
        </div>
      )}
      {url &&
        (isVideo ? (
          <video ref={player.ref} src={url} className="media-video" preload="metadata" aria-label={media.name} />
        ) : (
          <audio ref={player.ref} src={url} preload="metadata" aria-label={media.name} />
        ))}
      <div className="media-controls">
        <button type="button" onClick={() => player.skip(-skipSeconds)} aria-label={t('media.back', { n: skipSeconds })} disabled={!url}>
          <span aria-hidden="true">◀◀</span> {t('media.seconds', { n: skipSeconds })}
        </button>
        <button type="button" className="primary" onClick={player.toggle} aria-label={player.paused ? t('media.play') : t('media.pause')} disabled={!url}>
          {player.paused ? '▶' : '▮▮'}
        </button>
        <button type="button" onClick={() => player.skip(skipSeconds)} aria-label={t('media.forward', { n: skipSeconds })} disabled={!url}>
          {t('media.seconds', { n: skipSeconds })} <span aria-hidden="true">▶▶</span>
        </button>
        <span className="media-time" data-testid="media-time">
          {formatClock(player.time, false)} / {formatClock(player.duration, false)}
        </span>
        <input
          type="range"
          className="media-seek"
          aria-label={t('media.seek')}
          min={0}
          max={player.duration || 0}
          step={0.1}
          value={player.time}
          onChange={(e) => player.seek(Number(e.target.value))}
          disabled={!url}
        />
        <label className="inline-field">
          {t('media.speed')}
          <select value={player.rate.toFixed(1)} onChange={(e) => player.setRate(Number(e.target.value))} disabled={!url}>
            {RATES.map((r) => (
              <option key={r} value={r.toFixed(1)}>
                {r.toFixed(1)}×
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('media.volume')}
          <input type="range" min={0} max={1} step={0.05} value={player.volume} onChange={(e) => player.setVolume(Number(e.target.value))} disabled={!url} />
        </label>
        <span className="media-name muted" title={media.path ?? media.name}>
          {media.name}
        </span>
        <button type="button" className="link" onClick={onAttach}>
          {t('media.replace')}
        </button>
      </div>
      {url && <Waveform media={media} url={url} player={player} />}
    </div>
  );
}
