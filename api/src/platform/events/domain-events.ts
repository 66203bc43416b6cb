import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, DomainEventOf, DomainEventType } from '../../domain/events/domain-event';

/** A reaction to one kind of fact, run in the transaction that published it. */
export interface Reaction<T extends DomainEventType> {
  /** Who reacts, for the table of reactions (docs/architecture.md). */
  name: string;
  handle(em: EntityManager, event: DomainEventOf<T>): Promise<void>;
}

type AnyReaction = { name: string; handle(em: EntityManager, event: DomainEvent): Promise<void> };

/**
 * Domain events, in the manner of Vendure's blocking event handlers: `publish` runs every reaction
 * registered for the event's type, in registration order, in the publisher's transaction. A
 * reaction that throws rolls the whole change back; what reactions write commits if and only if
 * the change does. Nothing here runs after the commit: reactions that must outlive the
 * transaction write outbox rows or jobs, and live updates go out through the event transport.
 */
export class DomainEvents {
  private readonly reactions = new Map<DomainEventType, AnyReaction[]>();
  /** The events published while reactions to an event ran: what followed from it. */
  private readonly followUps = new AsyncLocalStorage<DomainEvent[]>();

  on<T extends DomainEventType>(type: T, reaction: Reaction<T>): this {
    const list = this.reactions.get(type) ?? [];
    list.push(reaction as unknown as AnyReaction);
    this.reactions.set(type, list);
    return this;
  }

  /**
   * Runs the reactions to `event` in the transaction of `em`. Answers the events the reactions
   * published in turn (e.g. the waitlist holding a freed slot for someone), so that the publisher
   * can tell what its fact led to.
   */
  async publish(em: EntityManager, event: DomainEvent): Promise<DomainEvent[]> {
    this.followUps.getStore()?.push(event);
    const followed: DomainEvent[] = [];
    await this.followUps.run(followed, async () => {
      for (const reaction of this.reactions.get(event.type) ?? []) await reaction.handle(em, event);
    });
    return followed;
  }

  /** Who reacts to what, in registration order: the table the handbook shows. */
  table(): { event: DomainEventType; reaction: string }[] {
    return [...this.reactions].flatMap(([event, reactions]) => reactions.map((reaction) => ({ event, reaction: reaction.name })));
  }
}
