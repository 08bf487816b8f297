# Lists and ints cannot be weakly referenced: TypeError.
import weakref

try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
weakref.ref(7)
