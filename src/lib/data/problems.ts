import type { Problem } from './types';

export function formatProblem(p: Problem): string {
	const where = p.row === null ? p.file : `${p.file}:${p.row}`;
	return p.column ? `${where}: ${p.column}: ${p.message}` : `${where}: ${p.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
	return problems.map(formatProblem).join('\n');
}
