# except E as e unbinds e at the end of the handler, freeing the exception.
class Payload:
    def __del__(self):
        print("payload freed")

try:
    raise KeyError(Payload())
except KeyError as e:
    print("handling", type(e).__name__)
print("after the handler")
try:
    e
except NameError as missing:
    print("NameError:", missing)
