import type { AppMessages } from '../../i18n/app-messages.ts';
import type { TextBlock } from '../../report/text-points.ts';

/** Report text as paragraphs, with numbered points (一是…二是…) as lists. Always plain text. */
export function TextBlocks({
  blocks,
  messages,
}: {
  blocks: readonly TextBlock[];
  messages: Pick<AppMessages, 'emptySection'>;
}) {
  if (blocks.length === 0) return <p className="muted">{messages.emptySection}</p>;
  return (
    <div className="text-blocks">
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <div key={i} className="points">
            {block.lead ? <p>{block.lead}</p> : null}
            <ol>
              {block.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ol>
          </div>
        ),
      )}
    </div>
  );
}
