const palette = ['#2f5bea', '#12b76a', '#f79009', '#7a5af8', '#ee46bc', '#06aed4', '#f04438', '#667085']

export const seriesColor = (index: number) => palette[index % palette.length]
