/** A titled, counted list of what went wrong for some items of a batch; nothing when there is none. */
export function ProblemList({ heading, items }: { heading: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="warnings">
      <h3>
        {heading} ({items.length})
      </h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
