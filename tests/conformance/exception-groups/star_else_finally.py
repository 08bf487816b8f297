# except* with else and finally: else runs when nothing was raised, finally always
def attempt(fail):
    try:
        if fail:
            raise ExceptionGroup("x", [ValueError(fail)])
        print("body ok")
    except* ValueError as e:
        print("caught", e.exceptions)
    else:
        print("else")
    finally:
        print("finally")
attempt(0)
attempt(5)
