try:
    x = 1
except ValueError:
    pass
try:
    x = 1
except (TypeError, ValueError) as e:
    print(e)
except Exception:
    raise
else:
    y = 2
finally:
    z = 3
try:
    pass
finally:
    pass
try:
    pass
except:
    pass
