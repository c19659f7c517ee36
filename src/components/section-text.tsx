export function SectionText({
  title,
  paragraphs,
}: {
  title: string;
  paragraphs: readonly string[];
}) {
  return (
    <section className="section-text">
      <h2>{title}</h2>
      {paragraphs.length === 0 ? (
        <p className="muted">（本节没有内容）</p>
      ) : (
        paragraphs.map((p, i) => <p key={i}>{p}</p>)
      )}
    </section>
  );
}
