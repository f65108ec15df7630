import type { FastTrackRule } from '../../domain/catastrophe';
import type { Actor } from '../../domain/declaration';

/** One catastrophe event, one process: it tags the open claims the event concerns once declared. */
export const catastropheWorkflowId = (eventId: string) => `catastrophe-${eventId}`;

export interface CatastropheInput {
  eventId: string;
  /** The senior handler who declared the event: the tags are theirs. */
  declaredBy: Actor;
  /** The fast track's limits at the moment of declaring; null: off. */
  fastTrack: FastTrackRule | null;
  /** Set when this run continues a previous one: the page to start from, and what was tagged until then. */
  continued?: { after: string; tagged: number; refused: number };
}

export interface CatastropheTagging { tagged: number; refused: number }
