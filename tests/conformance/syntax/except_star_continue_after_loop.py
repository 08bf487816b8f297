# continue in a loop inside except* is fine; continue leaving the clause is not
for i in range(3):
    try:
        pass
    except* TypeError:
        for j in range(2):
            continue
        continue
