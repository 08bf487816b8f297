# A bare raise re-raises the exception being handled.
def risky():
    try:
        [][0]
    except IndexError:
        print("logging and re-raising")
        raise

try:
    risky()
except IndexError as e:
    print("caught again:", e)
risky()
