# A bytearray cannot resize while a memoryview exports it; releasing the view (or del) lets it grow again
import sys
buf = bytearray(b'hello')
print(sys.getsizeof(buf), len(buf))
view = memoryview(buf)
print(sys.getrefcount(buf), view.obj is buf, view.nbytes)
try:
    buf.append(33)
except BufferError as e:
    print('BufferError', e)
view[0] = ord('J')
print(buf)
sub = view[1:3]
print(bytes(sub), sys.getrefcount(buf))
view.release()
try:
    buf.extend(b'!!')
except BufferError as e:
    print('still exported by the slice:', e)
sub.release()
buf.extend(b'!!')
print(buf, sys.getsizeof(buf))
with memoryview(buf) as m:
    print(m.tobytes(), m.readonly)
buf += b' world'
print(buf, sys.getsizeof(buf))
for i in range(10):
    buf.append(i)
    print(len(buf), sys.getsizeof(buf), end='; ')
print()
b = bytes(buf)
print(sys.getsizeof(b), sys.getsizeof(b''), sys.getsizeof(bytearray()))
try:
    view.tobytes()
except ValueError as e:
    print('ValueError', e)
