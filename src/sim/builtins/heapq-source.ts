// heapq's Python part: merge, nsmallest and nlargest, which 3.11 writes in Lib/heapq.py over the C
// accelerators. pymem runs this at import (heapq-module.ts), after the natives are in the module dict, so the
// same tuples, lists and comparisons happen in the same order: nsmallest keeps a max-heap of its (item, order)
// or (key, order, item) tuples through _heapify_max and _heapreplace_max, nlargest a min-heap with decreasing
// orders, and merge a heap of [head, order, next] lists it refills in place.
export const HEAPQ_SOURCE = String.raw`
def merge(*iterables, key=None, reverse=False):
    heap = []
    push = heap.append
    if reverse:
        build = _heapify_max
        drop = _heappop_max
        refill = _heapreplace_max
        sign = -1
    else:
        build = heapify
        drop = heappop
        refill = heapreplace
        sign = 1
    if key is None:
        for rank, source in enumerate(map(iter, iterables)):
            try:
                advance = source.__next__
                push([advance(), rank * sign, advance])
            except StopIteration:
                pass
        build(heap)
        while len(heap) > 1:
            try:
                while True:
                    value, rank, advance = entry = heap[0]
                    yield value
                    entry[0] = advance()
                    refill(heap, entry)
            except StopIteration:
                drop(heap)
        if heap:
            value, rank, advance = heap[0]
            yield value
            yield from advance.__self__
        return
    for rank, source in enumerate(map(iter, iterables)):
        try:
            advance = source.__next__
            value = advance()
            push([key(value), rank * sign, value, advance])
        except StopIteration:
            pass
    build(heap)
    while len(heap) > 1:
        try:
            while True:
                sort_key, rank, value, advance = entry = heap[0]
                yield value
                value = advance()
                entry[0] = key(value)
                entry[2] = value
                refill(heap, entry)
        except StopIteration:
            drop(heap)
    if heap:
        sort_key, rank, value, advance = heap[0]
        yield value
        yield from advance.__self__

def nsmallest(n, iterable, key=None):
    if n == 1:
        source = iter(iterable)
        missing = object()
        best = min(source, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    source = iter(iterable)
    if key is None:
        kept = [(item, rank) for rank, item in zip(range(n), source)]
        if not kept:
            return kept
        _heapify_max(kept)
        worst = kept[0][0]
        rank = n
        for item in source:
            if item < worst:
                _heapreplace_max(kept, (item, rank))
                worst, _rank = kept[0]
                rank += 1
        kept.sort()
        return [item for (item, rank) in kept]
    kept = [(key(item), rank, item) for rank, item in zip(range(n), source)]
    if not kept:
        return kept
    _heapify_max(kept)
    worst = kept[0][0]
    rank = n
    for item in source:
        k = key(item)
        if k < worst:
            _heapreplace_max(kept, (k, rank, item))
            worst, _rank, _item = kept[0]
            rank += 1
    kept.sort()
    return [item for (k, rank, item) in kept]

def nlargest(n, iterable, key=None):
    if n == 1:
        source = iter(iterable)
        missing = object()
        best = max(source, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    source = iter(iterable)
    if key is None:
        kept = [(item, rank) for rank, item in zip(range(0, -n, -1), source)]
        if not kept:
            return kept
        heapify(kept)
        worst = kept[0][0]
        rank = -n
        for item in source:
            if worst < item:
                heapreplace(kept, (item, rank))
                worst, _rank = kept[0]
                rank -= 1
        kept.sort(reverse=True)
        return [item for (item, rank) in kept]
    kept = [(key(item), rank, item) for rank, item in zip(range(0, -n, -1), source)]
    if not kept:
        return kept
    heapify(kept)
    worst = kept[0][0]
    rank = -n
    for item in source:
        k = key(item)
        if worst < k:
            heapreplace(kept, (k, rank, item))
            worst, _rank, _item = kept[0]
            rank -= 1
    kept.sort(reverse=True)
    return [item for (k, rank, item) in kept]
`;
