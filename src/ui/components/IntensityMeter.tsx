/** Three small bars: how strongly the customer feels it. */
export function IntensityMeter({ level, label }: { level: 1 | 2 | 3; label: string }) {
  return (
    <span class="meter" role="img" aria-label={label} title={label}>
      {[1, 2, 3].map((n) => (
        <i key={n} class={n <= level ? 'on' : ''} />
      ))}
    </span>
  );
}
