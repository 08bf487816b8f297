# A memoryview of an array.array: the array's typecode is the view's format, writes reach the array, and it cannot resize while viewed
import array
import sys
numbers = array.array("i", [1, 2, 3, 4])
view = memoryview(numbers)
print(view.format, view.itemsize, len(view), view.nbytes, view.shape, view.strides, view.readonly)
print(view[0], view[-1], view.tolist(), view[1:3].tolist())
view[0] = 100
print(numbers)
print(view.cast("B").tolist()[:8])
raw = view.cast("B")
raw[4] = 7
print(numbers, sys.getrefcount(numbers))


def delete_first():
    del numbers[0]


for name, attempt in [("append", lambda: numbers.append(5)), ("pop", lambda: numbers.pop()), ("extend", lambda: numbers.extend([1])), ("del", delete_first)]:
    try:
        attempt()
    except BufferError as e:
        print(name, e)
numbers[1] = 9
print(view.tolist(), bytes(view[0:1]))
view.release()
print(sys.getrefcount(numbers))
raw.release()
print(sys.getrefcount(numbers))
numbers.append(5)
print(numbers)
floats = array.array("d", [0.5, 2.25])
fv = memoryview(floats)
print(fv.format, fv.tolist(), fv == memoryview(array.array("d", [0.5, 2.25])))
fv[1] = 3
print(floats)
text = memoryview(array.array("u", "hi"))
print(text.format, text.itemsize, len(text))
try:
    text[0]
except NotImplementedError as e:
    print(e)
