import { useId, type ReactNode, type Ref } from 'react';

interface ChartFigureProps {
  title: string;
  description?: string;
  id?: string;
  /** Controls shown at the figure's top right, e.g. the export menu. */
  actions?: ReactNode;
  ref?: Ref<HTMLElement>;
  children: ReactNode;
}

/** A figure named by its visible title and described by its description. */
export function ChartFigure({ title, description, id, actions, ref, children }: ChartFigureProps) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <figure
      ref={ref}
      className={actions ? 'ch-figure has-actions' : 'ch-figure'}
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
      {actions ? <div className="ch-actions">{actions}</div> : null}
      {children}
    </figure>
  );
}
