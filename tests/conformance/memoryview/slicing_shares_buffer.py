# Slicing bytes copies; slicing a memoryview makes a new view of the same buffer, and writes through it show in the bytearray
import sys
data = bytearray(b"hello world")
copy = data[0:5]
view = memoryview(data)
part = view[0:5]
print(type(copy).__name__, type(part).__name__)
part[0] = ord("J")
print(data, copy, bytes(part))
print(len(part), part[1], part[-1], part.tobytes())
print(part.nbytes, part.readonly, part.itemsize, part.format, part.ndim, part.shape, part.strides)
print(part.obj is data, view.obj is data)
every_other = view[::2]
print(every_other.tobytes(), every_other.strides, every_other.c_contiguous, every_other.contiguous)
backwards = view[::-1]
print(backwards.tobytes(), backwards.strides)
print(view[6:].tobytes(), view[100:].tobytes(), view[-5:-1].tobytes())
print(list(view[0:3]), view[0:3].tolist())
print(sys.getsizeof(view), sys.getsizeof(part))
