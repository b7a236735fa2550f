export function productionFlags(): string[];
export function rssMiB(pid: number): number;
