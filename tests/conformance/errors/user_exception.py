# An uncaught user exception class shows its name and message.
class BudgetExceeded(Exception):
    pass

spent = 120
if spent > 100:
    raise BudgetExceeded(f"spent {spent}, limit 100")
