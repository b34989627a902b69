import { css } from 'lit';

export const caseTimelineStyles = css`
  :host {
    display: block;
    --_accent: var(--wg-case-timeline-accent, var(--wg-color-primary, #b3261e));
    --_level: var(--wg-case-timeline-escalation, var(--wg-color-warning, #9a6700));
    --_alert: var(--wg-case-timeline-rework, var(--wg-color-danger, #a40e26));
    --_muted: var(--wg-color-muted, #59636e);
    --_border: var(--wg-color-border, #d0d7de);
    --_space: var(--wg-space, 0.75rem);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0 0 0 1.25rem;
    border-left: 2px solid var(--_border);
  }
  .entry {
    position: relative;
    padding: 0 0 var(--_space);
    line-height: 1.5;
  }
  .entry::before {
    content: '';
    position: absolute;
    left: calc(-1.25rem - 6px);
    top: 0.4em;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .entry.level::before {
    background: var(--_level);
  }
  .entry.alert::before {
    background: var(--_alert);
  }
  .time,
  .actor,
  .state {
    color: var(--_muted);
    font-size: 0.8125rem;
    margin-right: 0.5rem;
  }
  .title {
    font-weight: 700;
    margin-right: 0.5rem;
  }
  .details {
    font-size: 0.875rem;
  }
  .label {
    color: var(--_muted);
  }
  .rework {
    color: var(--_alert);
    font-weight: 700;
  }
  .handover {
    margin: 0.25rem 0;
    padding: 0.5rem;
    border: 1px dashed var(--_level);
    border-radius: var(--wg-radius, 8px);
  }
  .handover-title {
    font-weight: 700;
  }
  a {
    color: var(--_accent);
  }
  .empty {
    color: var(--_muted);
  }
  .error {
    color: var(--wg-color-danger, #a40e26);
    background: var(--wg-color-danger-surface, #fff0f1);
    padding: var(--_space);
  }
`;
