import { useId, type ReactNode } from 'react';

interface ChartFigureProps {
  title: string;
  description?: string;
  id?: string;
  children: ReactNode;
}

/** A figure named by its visible title and described by its description. */
export function ChartFigure({ title, description, id, children }: ChartFigureProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <figure
      className="ch-figure"
      id={id}
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
    >
      <figcaption className="ch-caption">
        <span className="ch-title" id={titleId}>
          {title}
        </span>
        {description !== undefined && (
          <span className="ch-description" id={descriptionId}>
            {description}
          </span>
        )}
      </figcaption>
      {children}
    </figure>
  );
}
