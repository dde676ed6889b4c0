import type { ComponentChildren } from 'preact';

/** A dashboard section: a title that says what it shows, the headline figure, a chart, and its CSV export. */
export function Panel(props: {
  id: string;
  title: string;
  /** Spans the whole row. */ wide?: boolean;
  lead?: ComponentChildren;
  exportLabel: string;
  onExport: () => void;
  children?: ComponentChildren;
}) {
  return (
    <section
      class={props.wide ? 'section dash-panel wide' : 'section dash-panel'}
      data-testid={`panel-${props.id}`}
      aria-labelledby={`h-${props.id}`}
    >
      <div class="section-head">
        <h2 id={`h-${props.id}`} class="dash-title">
          {props.title}
        </h2>
        <button type="button" class="btn" onClick={props.onExport} data-testid={`csv-${props.id}`}>
          {props.exportLabel}
        </button>
      </div>
      {props.lead && <p class="dash-lead">{props.lead}</p>}
      {props.children}
    </section>
  );
}
