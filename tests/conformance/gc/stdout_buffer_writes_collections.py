# prints of varying sizes (some not ASCII) with a low threshold: automatic collections follow python3 through the 8192-byte text chunks and the 4096-byte buffer writes
import gc, sys
gc.collect()
gc.set_threshold(3, 1000, 1000)
runs = []
gc.callbacks.append(lambda phase, info: runs.append(1) if phase == "start" else None)
marks = []
for i in range(120):
    size = (i * 37) % 400
    print("é" * (size // 3) if i % 7 == 0 else "a" * size)
    if i % 10 == 0:
        marks.append((i, len(runs), gc.get_count()[0]))
sys.stdout.flush()
marks.append(("flushed", len(runs), gc.get_count()[0]))
sys.stdout.write("b" * 5000)
marks.append(("5000", len(runs), gc.get_count()[0]))
sys.stdout.write("c" * 9000)
marks.append(("9000", len(runs), gc.get_count()[0]))
print()
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(marks, file=sys.stderr)
