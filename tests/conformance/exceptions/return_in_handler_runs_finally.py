# A return in an except handler still runs the finally block when the try body has a return of its own.
def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 / n
    except ValueError:
        return "handled"
    finally:
        print("finally", n)
print(risky(0))
print(risky(2))
def risky_if(n):
    try:
        if n:
            raise ValueError("zero")
        return 1
    except ValueError:
        return "handled"
    finally:
        print("finally")
print(risky_if(1), risky_if(0))
def risky_dead(n):
    try:
        raise ValueError("zero")
        return 1
    except ValueError:
        return "handled"
    finally:
        print("finally")
print(risky_dead(1))
