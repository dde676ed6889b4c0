/** The exact figures behind a chart, folded away under the chart (screen readers get them too). */
export function FigureTable(props: { summary: string; head: string[]; rows: Array<Array<string | number>> }) {
  return (
    <details class="figures">
      <summary>{props.summary}</summary>
      <table>
        <thead>
          <tr>
            {props.head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
