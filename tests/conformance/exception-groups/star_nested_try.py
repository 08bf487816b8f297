# except* inside an except* clause and inside a loop, with continue outside the clause
for i in range(2):
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(i)])
        except* ValueError as e:
            try:
                raise ExceptionGroup("inner", [TypeError(i)])
            except* TypeError as t:
                print("inner", repr(t), repr(t.exceptions[0].__context__ if t.exceptions[0].__context__ else None))
            print("outer", repr(e))
    finally:
        print("loop", i)
