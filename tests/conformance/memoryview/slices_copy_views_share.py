# The note's classic: a bytes slice is a new object the size of what it holds; a memoryview slice is a fixed-size window on the same bytes
import sys
payload = bytes(range(256)) * 40
print(len(payload), sys.getsizeof(payload))
chunk = payload[1000:9000]
print(len(chunk), sys.getsizeof(chunk), chunk is payload)
window = memoryview(payload)[1000:9000]
print(len(window), sys.getsizeof(window), window.obj is payload, window.nbytes)
small = memoryview(payload)[0:1]
print(sys.getsizeof(small) == sys.getsizeof(window))
print(window[0], chunk[0], window[-1] == chunk[-1], bytes(window) == chunk)
pieces = [memoryview(payload)[i:i + 1000] for i in range(0, len(payload), 1000)]
print(len(pieces), sys.getrefcount(payload))
total = sum(sys.getsizeof(p) for p in pieces)
print(total, sum(len(p) for p in pieces) == len(payload))
del pieces, window, small
print(sys.getrefcount(payload))
