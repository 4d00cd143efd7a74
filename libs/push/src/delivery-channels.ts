import type { DeliveryBatch, DeliveryChannel, DeliveryResult, DeliveryTarget } from './delivery-channel.js';

/** The channels the system can send through, and the choice among them per target. */
export class DeliveryChannels {
  constructor(private readonly channels: readonly DeliveryChannel[]) {}

  /** The channel for a target, or undefined when none can handle it. */
  channelFor(target: DeliveryTarget): DeliveryChannel | undefined {
    return this.channels.find((channel) => channel.canHandle(target));
  }

  /** Splits a batch by channel and sends the parts concurrently; targets no channel handles come back rejected. */
  async send(batch: DeliveryBatch): Promise<DeliveryResult[]> {
    const parts = new Map<DeliveryChannel, DeliveryBatch['messages'][number][]>();
    const unhandled: DeliveryResult[] = [];
    for (const message of batch.messages) {
      const channel = this.channelFor(message.target);
      if (!channel) {
        unhandled.push({ id: message.id, outcome: { kind: 'rejected', status: null, reason: `no delivery channel for ${message.target.channel}` } });
        continue;
      }
      let list = parts.get(channel);
      if (!list) parts.set(channel, (list = []));
      list.push(message);
    }
    const results = await Promise.all([...parts].map(([channel, messages]) => channel.send({ ...batch, messages })));
    return [...unhandled, ...results.flat()];
  }

  async close(): Promise<void> {
    await Promise.all(this.channels.map((channel) => channel.close()));
  }
}
