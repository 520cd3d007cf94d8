/**
 * The best `limit` items of a stream of items, in order, without sorting them all: pairwise analytics can find
 * hundreds of thousands of pairs on a large map and show only the first few hundred.
 */
export class TopN<T> {
  private readonly items: T[] = [];
  count = 0;

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    this.count += 1;
    if (this.limit === 0) return;
    const worst = this.items[this.items.length - 1];
    if (this.items.length === this.limit && worst !== undefined && this.compare(item, worst) >= 0) return;
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.items[middle] as T, item) <= 0) low = middle + 1;
      else high = middle;
    }
    this.items.splice(low, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }

  sorted(): T[] {
    return [...this.items];
  }
}
