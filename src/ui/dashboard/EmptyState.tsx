import type { DashStrings } from './strings';

/** What the team lead sees before any case is logged: how the dashboard fills, and that nothing leaves the machine. */
export function EmptyState(props: { t: DashStrings['empty']; olderExist: boolean }) {
  return (
    <section class="section empty" data-testid="empty-state">
      <h2 class="dash-title">{props.t.heading}</h2>
      {props.olderExist && <p class="dash-lead">{props.t.longer}</p>}
      <p>{props.t.how}</p>
      <p class="muted">{props.t.local}</p>
    </section>
  );
}
