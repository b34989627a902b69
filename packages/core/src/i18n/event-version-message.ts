import type { LocalizedText } from './localized-text.js';

/**
 * The message of an `unsupported_event_version` error: an event whose format version this
 * release does not read. On its own so that reading events (`upcastCaseEvent`, a timeline)
 * does not carry every case message.
 *
 * @internal
 */
export function eventVersionMessage(
  p: Readonly<Record<string, string | number | undefined>>,
): LocalizedText {
  return {
    'zh-CN': `不支持的事件格式版本 ${String(p.version)}（支持 1 至 ${String(p.current)}）。`,
    en: `Unsupported event format version ${String(p.version)} (versions 1 to ${String(p.current)} are supported).`,
  };
}
