#| title: One default list for every call
def add_task(task, tasks=[]):
    tasks.append(task)
    return tasks

monday = add_task("write notes")
tuesday = add_task("review")
print("monday:", monday)
print("same list?", monday is tuesday)
print("it lives in the function:", add_task.__defaults__[0] is monday)
