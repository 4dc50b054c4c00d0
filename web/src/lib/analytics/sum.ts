export const sumBy = <T,>(items: readonly T[], value: (item: T) => number) =>
  items.reduce((total, item) => total + value(item), 0)
