#| title: Closure cells
#| panels: source, heap
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

tick = make_counter()
print(tick(), tick(), tick())
cell = tick.__closure__[0]
print("the cell now holds:", cell.cell_contents)
other = make_counter()
print("a second counter starts again:", other())
print("the first one goes on:", tick())
