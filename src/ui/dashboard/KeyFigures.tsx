/** The four numbers a team lead reads first, each with what it counts. */
export function KeyFigures(props: { items: Array<{ id: string; value: string; label: string }> }) {
  return (
    <ul class="kpis">
      {props.items.map((k) => (
        <li key={k.id} class="kpi" data-testid={`kpi-${k.id}`}>
          <b class="kpi-value">{k.value}</b>
          <span class="kpi-label">{k.label}</span>
        </li>
      ))}
    </ul>
  );
}
