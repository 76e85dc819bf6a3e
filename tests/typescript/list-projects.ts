import { connect, type Project, projectsGetList } from 'fivepm-client';
const { FIVEPM_BASE_URL: baseUrl = '', FIVEPM_LOGIN: login = '', FIVEPM_PASSWORD: password = '' } = process.env;
const { data } = await projectsGetList({ client: connect({ baseUrl, login, password }) });
const names: string[] = (data.data.items.item ?? []).map((project: Project) => project.name ?? '');
console.log(names.join('\n'));
