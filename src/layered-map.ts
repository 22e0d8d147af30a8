// A map an extension grows without copying or changing the one it extends: its own entries in a layer of their own,
// over the previous map's layers, which it shares and only reads. Small layers are merged into new ones as they
// pile up (as in a log-structured merge), so a read looks through a few layers, not one per reload.
import { NEVER, type Pace } from './pace.js';

/** Entries merged between two chances to give way. */
const MERGE_STEP = 4096;

export class LayeredMap<K, V> {
  private readonly top: Map<K, V>;
  private count: number;

  private constructor(
    private readonly below: LayeredMap<K, V> | null,
    top: Map<K, V> = new Map(),
    count = (below?.size ?? 0) + top.size,
  ) {
    this.top = top;
    this.count = count;
  }

  /** A map of one layer holding these entries (taken, not copied: the caller hands the map over). */
  static of<K, V>(entries: Map<K, V> = new Map()): LayeredMap<K, V> {
    return new LayeredMap<K, V>(null, entries);
  }

  get size(): number {
    return this.count;
  }

  /** Layers under the top one: how many places a read may look. */
  get depth(): number {
    let n = 0;
    for (let m = this.below; m; m = m.below) n++;
    return n;
  }

  get(key: K): V | undefined {
    const v = this.top.get(key);
    if (v !== undefined) return v;
    for (let m = this.below; m; m = m.below) {
      const w = m.top.get(key);
      if (w !== undefined) return w;
    }
    return undefined;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /** Sets an entry in the top layer: only on a map of one's own, before anything extends it. */
  set(key: K, value: V): this {
    if (!this.has(key)) this.count++;
    this.top.set(key, value);
    return this;
  }

  /** The keys in the order a plain Map set the same way would give: by first insertion. */
  *keys(): Generator<K> {
    const layers: Map<K, V>[] = [this.top];
    for (let m = this.below; m; m = m.below) layers.unshift(m.top);
    for (const [i, layer] of layers.entries()) {
      const lower = layers.slice(0, i);
      for (const k of layer.keys()) if (!lower.some((l) => l.has(k))) yield k;
    }
  }

  /** The entries in the order a plain Map set the same way would give: by first insertion, latest value. */
  *entries(): Generator<[K, V]> {
    for (const k of this.keys()) yield [k, this.get(k)!];
  }

  /** As a Map is written as JSON by the snapshot and the tests: its entries. */
  toJSON(): [K, V][] {
    return [...this.entries()];
  }

  [Symbol.iterator](): Generator<[K, V]> {
    return this.entries();
  }

  /**
   * A new map over this one, to set entries in while this one stays as it is (it must not be set in after). Small
   * top layers are first merged, into new layers, with the ones under them when those are no more than twice as big.
   */
  async extend(pace: Pace = NEVER): Promise<LayeredMap<K, V>> {
    let base = this.self();
    for (;;) {
      const below = base.below;
      if (!below || base.top.size * 2 < below.top.size) break;
      // An empty layer is left out, not merged: the layer over it is shared as it is.
      base =
        below.top.size === 0 ? new LayeredMap<K, V>(below.below, base.top, base.count) : await base.mergedTop(pace);
    }
    if (base.top.size === 0 && base.below) base = base.below;
    return new LayeredMap<K, V>(base);
  }

  private self(): LayeredMap<K, V> {
    return this;
  }

  /** The top two layers as one new layer, over the rest: neither of them is changed. */
  private async mergedTop(pace: Pace): Promise<LayeredMap<K, V>> {
    const lower = this.below!;
    const top = new Map<K, V>();
    let n = 0;
    for (const layer of [lower.top, this.top])
      for (const [k, v] of layer) {
        if (++n % MERGE_STEP === 0 && pace.due()) await pace.pause();
        top.set(k, v);
      }
    return new LayeredMap<K, V>(lower.below, top, this.count);
  }
}

/** What a map of one's own and a layered map both do: what the maps an extension carries are used for. */
export interface GrowingMap<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
  readonly size: number;
  keys(): Iterable<K>;
  [Symbol.iterator](): Iterator<[K, V]>;
}

/** A layered map over a map nothing will change any more (a plain one is its bottom layer, shared as it is). */
export function layeredOver<K, V>(map: GrowingMap<K, V>, pace: Pace = NEVER): Promise<LayeredMap<K, V>> {
  return (map instanceof LayeredMap ? map : LayeredMap.of(map as Map<K, V>)).extend(pace);
}
