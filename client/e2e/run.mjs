// End-to-end tests: Debian's Chromium driven by playwright-core against the real API, database
// and demo data, with the built client served by the API (scripts/test.sh starts them).
// Usage: E2E_BASE_URL=http://127.0.0.1:5080 node e2e/run.mjs
// Prints one line per test and "e2e: N passed, N failed, N skipped"; saves screenshots of the main
// screens and fails on serious or critical axe-core violations on them.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const baseUrl = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
const outDir = resolve(process.env.E2E_OUTPUT ?? join(here, '../../.data/test-logs/e2e'));
const shotDir = join(outDir, 'screenshots');
const password = process.env.E2E_PASSWORD ?? 'Demo#2026';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
mkdirSync(shotDir, { recursive: true });
for (const name of readdirSync(shotDir)) if (name.startsWith('FAILED-')) rmSync(join(shotDir, name));

const results = [];
const state = { code: `E2E-${Date.now().toString(36).toUpperCase()}` };
let browser;

async function main() {
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('console', (m) => {
    // A failed API call the app handles is logged by the browser as a resource error; those are fine.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) consoleErrors.push(m.text());
  });

  await test('a deep link while signed out leads to the sign-in page, in Indonesian', async () => {
    await page.goto(`${baseUrl}/frameworks`);
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    expect(new URL(page.url()).pathname === '/sign-in', `expected /sign-in, got ${page.url()}`);
    expect((await page.getAttribute('html', 'lang')) === 'id', 'html lang is id');
    await checkPage(page, 'sign-in');
  });

  await test('a wrong password shows the problem beside the form', async () => {
    await page.getByLabel('Nama pengguna').fill('admin.kalianda');
    await page.getByLabel('Kata sandi').fill('not-the-password');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').waitFor();
  });

  await test('sign in as the agency admin: back to the deep link, agency and role shown', async () => {
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Kamus kompetensi', level: 1 }).waitFor();
    expect((await page.getByTestId('agency').textContent()).includes('Lampung Selatan'), 'agency shown');
    await page.getByText('Admin instansi').first().waitFor();
  });

  await test('dashboard: headline figures and charts', async () => {
    await mainNav(page).getByRole('link', { name: 'Dasbor', exact: true }).click();
    await page.getByRole('heading', { name: 'Dasbor', level: 1 }).waitFor();
    await page.getByText('Jumlah pegawai').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.state.loading'));
    const headcount = await page.locator('.stat').first().locator('.stat-value').textContent();
    expect(/^\d[\d.]*$/.test(headcount.trim()), `headcount is a number: ${headcount}`);
    await checkPage(page, 'dashboard');
  });

  await test('browse a framework: tree with levels and behavioural indicators', async () => {
    await mainNav(page).getByRole('link', { name: 'Kamus kompetensi', exact: true }).click();
    await page.getByRole('link', { name: 'Standar Kompetensi Manajerial dan Sosial Kultural ASN' }).click();
    await page.getByRole('heading', { name: 'Struktur kompetensi' }).waitFor();
    const integrity = page.getByRole('button', { name: /Integritas/ }).first();
    await integrity.waitFor();
    if ((await integrity.getAttribute('aria-expanded')) !== 'true') await integrity.click();
    await page.getByRole('columnheader', { name: 'Indikator perilaku' }).first().waitFor();
    await checkPage(page, 'framework');
  });

  await test('framework interchange: CASE JSON and Moodle CSV exports, an import of each after a dry run with its report, the agency\'s CASE publication', async () => {
    // On the national framework's page (the test before opened it).
    const [caseDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor CASE (JSON)' }).click()]);
    const caseFile = join(outDir, 'framework-case.json');
    await caseDownload.saveAs(caseFile);
    const pkg = JSON.parse(readFileSync(caseFile, 'utf8'));
    expect(/Standar Kompetensi/.test(pkg.CFDocument?.title ?? ''), `a CFPackage of the framework (${pkg.CFDocument?.title})`);
    expect((pkg.CFItems ?? []).length > 10, `with its items (${(pkg.CFItems ?? []).length})`);
    const [moodleDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor CSV Moodle' }).click()]);
    const moodleFile = join(outDir, 'framework-moodle.csv');
    await moodleDownload.saveAs(moodleFile);
    const header = readFileSync(moodleFile, 'utf8').split(/\r?\n/)[0];
    expect(/Parent ID number/i.test(header) && /Is framework/i.test(header), `Moodle's columns: ${header}`);

    await mainNav(page).getByRole('link', { name: 'Kamus kompetensi', exact: true }).click();
    await page.getByRole('link', { name: 'Impor kamus' }).click();
    await page.getByRole('heading', { name: 'Impor kamus kompetensi', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Impor kamus kompetensi' });
    const importButton = form.getByRole('button', { name: 'Impor sebagai draf' });
    // Moodle CSV: the format follows the file; a dry run reports and saves nothing.
    await form.getByLabel('Berkas (JSON atau CSV)').setInputFiles(moodleFile);
    expect((await form.getByLabel('Format').inputValue()) === 'moodle-csv', 'a .csv file is read as Moodle CSV');
    await form.getByRole('button', { name: 'Periksa berkas' }).click();
    await page.getByRole('heading', { name: 'Hasil pemeriksaan (belum disimpan)' }).waitFor();
    // CASE: checked, then imported under a code of our own.
    await form.getByLabel('Berkas (JSON atau CSV)').setInputFiles(caseFile);
    expect((await form.getByLabel('Format').inputValue()) === 'case', 'a .json file is read as CASE');
    const code = `IMP-${state.code}`;
    await form.getByLabel('Kode').fill(code);
    expect(await importButton.isDisabled(), 'the import waits for a dry run');
    await form.getByRole('button', { name: 'Periksa berkas' }).click();
    await page.getByRole('heading', { name: 'Hasil pemeriksaan (belum disimpan)' }).waitFor();
    await page.getByText(`Akan menjadi draf ${code}.`).waitFor();
    const competencies = await page.locator('.stat').filter({ has: page.locator('.stat-label', { hasText: /^Kompetensi$/ }) }).locator('.stat-value').textContent();
    expect(Number(competencies.replace(/\D/g, '')) > 5, `competencies mapped (${competencies})`);
    await checkPage(page, 'framework-import-report');
    await importButton.click();
    await page.getByRole('heading', { name: 'Impor selesai' }).waitFor();
    await page.getByRole('link', { name: `Buka draf ${code}` }).click();
    await page.getByRole('heading', { name: 'Struktur kompetensi' }).waitFor();
    await page.getByText('Draf').first().waitFor();
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Hapus draf' }).click();
    await page.getByRole('heading', { name: 'Kamus kompetensi', level: 1 }).waitFor();
    // The agency opens its published frameworks to the public CASE reader, then closes them again.
    const publication = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Kamus terbit di CASE' }) });
    await publication.getByText('Hanya pengguna masuk').waitFor();
    await publication.getByRole('button', { name: 'Buka untuk umum' }).click();
    await publication.getByText('Terbuka untuk umum', { exact: true }).waitFor();
    await checkPage(page, 'frameworks-publication');
    await publication.getByRole('button', { name: 'Tutup untuk umum' }).click();
    await publication.getByText('Hanya pengguna masuk').waitFor();
  });

  await test('framework editor: a draft gets a competency with levels and indicators, its name and scale are changed, then it is deleted', async () => {
    await mainNav(page).getByRole('link', { name: 'Kamus kompetensi', exact: true }).click();
    await page.getByRole('button', { name: 'Kamus baru' }).click();
    const form = page.getByRole('form', { name: 'Kamus baru' });
    const code = `E2E-KAMUS-${Date.now().toString(36).toUpperCase()}`;
    await form.getByLabel('Kode').fill(code);
    await form.getByLabel('Nama', { exact: true }).fill('Kamus uji E2E');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: 'Kamus uji E2E' }).waitFor();
    await page.getByRole('button', { name: 'Tambah kompetensi' }).click();
    const editor = page.getByRole('form', { name: 'Tambah kompetensi' });
    await editor.getByLabel('Kode').fill('T.01');
    await editor.getByLabel('Nama', { exact: true }).fill('Perencanaan Anggaran');
    await editor.getByLabel('Indikator perilaku (satu per baris)').first().fill('Menyusun RKA sederhana');
    await editor.getByRole('button', { name: 'Simpan' }).click();
    await editor.getByText('Level dengan indikator harus memiliki deskripsi.').waitFor();
    await editor.getByLabel('Deskripsi').nth(1).fill('Memahami dasar penganggaran');
    await editor.getByRole('button', { name: 'Simpan' }).click();
    const node = page.getByRole('button', { name: /T\.01 Perencanaan Anggaran/ });
    await node.waitFor();
    if ((await node.getAttribute('aria-expanded')) !== 'true') await node.click();
    await page.getByText('Menyusun RKA sederhana').waitFor();
    await checkPage(page, 'framework-editor');
    // The draft's own name, description and level names.
    await page.getByRole('button', { name: 'Ubah kamus' }).click();
    const meta = page.getByRole('form', { name: 'Ubah kamus' });
    expect((await meta.getByLabel('Kode').inputValue()) === code && !(await meta.getByLabel('Kode').isEditable()), 'the code is shown and stays');
    await meta.getByLabel('Nama', { exact: true }).fill('');
    await meta.getByRole('button', { name: 'Simpan' }).click();
    await meta.getByText('Wajib diisi.').waitFor();
    await meta.getByLabel('Nama', { exact: true }).fill('Kamus uji E2E diubah');
    await meta.getByLabel('Deskripsi').fill('Kompetensi teknis perencanaan untuk uji.');
    await meta.getByLabel('Nama level 5').fill('Ahli utama');
    await checkPage(page, 'framework-edit');
    await meta.getByRole('button', { name: 'Simpan' }).click();
    await meta.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Kamus uji E2E diubah', level: 1 }).waitFor();
    await page.getByText('Kompetensi teknis perencanaan untuk uji.').waitFor();
    await page.getByText('5. Ahli utama').waitFor();
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Hapus draf' }).click();
    await page.getByRole('heading', { name: 'Kamus kompetensi', level: 1 }).waitFor();
  });

  await test('employees: search, page, open a profile with the radar chart', async () => {
    await mainNav(page).getByRole('link', { name: 'Pegawai', exact: true }).click();
    await page.getByRole('heading', { name: 'Pegawai', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Halaman' }).waitFor();
    await checkPage(page, 'employees');
    // A new employee: the client's NIP check, then the API's duplicate-NIP problem beside the field.
    await page.getByRole('button', { name: 'Pegawai baru' }).click();
    const form = page.getByRole('form', { name: 'Pegawai baru' });
    await form.getByLabel('NIP').fill('123');
    await form.getByLabel('Nama lengkap (tanpa gelar)').fill('Uji Duplikat');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.getByText('NIP terdiri dari 18 angka.').waitFor();
    await form.getByLabel('NIP').fill('197212061998101462');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.locator('.field.invalid .field-errors').first().waitFor();
    const nipError = await form.locator('.field.invalid').first().textContent();
    expect(nipError.includes('NIP'), `the API's message sits under the NIP field: ${nipError}`);
    await checkPage(page, 'employee-form-errors');
    await form.getByRole('button', { name: 'Batal' }).click();
    await page.getByLabel('Cari nama atau NIP').fill('Ahmad Hakim');
    await page.waitForURL(/q=Ahmad/);
    await page.getByRole('link', { name: /Ahmad Hakim/ }).first().click();
    await page.getByRole('heading', { name: 'Profil kompetensi' }).waitFor();
    await page.getByTestId('radar').locator('.recharts-polar-angle-axis').waitFor();
    const polygons = await page.getByTestId('radar').locator('.recharts-radar-polygon').count();
    expect(polygons === 2, `radar shows required and current (${polygons} polygons)`);
    await page.getByRole('table', { name: 'Tabel kesenjangan kompetensi' }).waitFor();
    await page.getByRole('heading', { name: 'Catatan JP pengembangan kompetensi' }).waitFor();
    await page.getByRole('heading', { name: 'Riwayat jabatan' }).waitFor();
    await checkPage(page, 'employee-profile');
    await page.getByRole('button', { name: 'Catat penilaian' }).click();
    const assessment = page.getByRole('form', { name: 'Catat penilaian' });
    const competency = assessment.getByLabel('Kompetensi');
    const option = await competency.evaluate((select) => select.options[1].value);
    await competency.selectOption(option);
    await assessment.getByLabel('Level').fill('5');
    await assessment.getByRole('button', { name: 'Simpan' }).click();
    await assessment.waitFor({ state: 'detached' });

  });

  await test('training needs: gap heatmap of units by competencies, then priorities', async () => {
    await mainNav(page).getByRole('link', { name: 'Analisis kebutuhan', exact: true }).click();
    const heatmap = page.getByTestId('heatmap');
    await heatmap.waitFor();
    const cells = await heatmap.locator('td.heat').count();
    expect(cells > 10, `heatmap has coloured cells (${cells})`);
    await checkPage(page, 'tna-heatmap');
    await page.getByRole('tab', { name: 'Prioritas' }).click();
    await page.getByRole('columnheader', { name: 'Skor' }).waitFor();
    await checkPage(page, 'tna-priorities');
  });

  await test('create a session, open it and enrol two employees', async () => {
    await mainNav(page).getByRole('link', { name: 'Angkatan pelatihan', exact: true }).click();
    await page.getByRole('button', { name: 'Angkatan baru' }).click();
    const form = page.getByRole('form', { name: 'Angkatan baru' });
    // The client's own checks first: nothing filled in.
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.getByText('Wajib diisi.').first().waitFor();
    const program = form.getByLabel('Program');
    await page.waitForFunction(() => [...document.querySelectorAll('option')].some((o) => o.textContent.startsWith('EGOV-DASAR')));
    const label = await program.evaluate((select) => [...select.options].find((o) => o.textContent.startsWith('EGOV-DASAR')).textContent);
    await program.selectOption({ label });
    await form.getByLabel('Kode').fill(state.code);
    // Days no earlier run used, so that a rerun against the same database meets no overlap rule.
    const offset = 40 + 3 * (Math.floor(Date.now() / 60_000) % 100);
    const start = new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.now() + (offset + 2) * 86_400_000).toISOString().slice(0, 10);
    state.year = start.slice(0, 4);
    await form.getByLabel('Tanggal mulai').fill(end);
    await form.getByLabel('Tanggal selesai').fill(start);
    await form.getByLabel('Kapasitas').fill('10');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai.').waitFor();
    await form.getByLabel('Tanggal mulai').fill(start);
    await form.getByLabel('Tanggal selesai').fill(end);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: new RegExp(state.code) }).waitFor();
    state.sessionUrl = page.url();
    await page.getByRole('button', { name: 'Buka pendaftaran' }).click();
    await page.getByText('Pendaftaran dibuka').first().waitFor();
    await page.getByLabel('Cari pegawai').fill('Ahmad');
    const choices = page.locator('.choices input[type=checkbox]:not([disabled])');
    await choices.first().waitFor();
    await choices.nth(0).check();
    await choices.nth(1).check();
    await page.getByRole('button', { name: 'Daftarkan 2 pegawai' }).click();
    await page.getByText('2 terdaftar, 0 masuk daftar tunggu.').waitFor();
    const rows = page.getByTestId('participants').locator('tbody tr');
    await rows.nth(1).waitFor();
    expect((await rows.count()) === 2, 'two participants listed');
    state.nips = await page.getByTestId('participants').locator('tbody td.mono').allTextContents();
    await checkPage(page, 'session-participants');
  });

  await test('enter pre/post scores: out-of-scale values are refused, saved scores give the evaluation', async () => {
    await page.getByRole('tab', { name: 'Nilai' }).click();
    await page.getByRole('button', { name: 'Tambah instrumen' }).click();
    await page.getByLabel('Kode').fill('TES-E2E');
    await page.getByLabel('Nama', { exact: true }).fill('Tes pengetahuan');
    await page.getByLabel('Nilai maksimum').fill('100');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const grid = page.getByTestId('score-grid');
    await grid.waitFor();
    const cells = grid.locator('input.score');
    expect((await cells.count()) === 4, 'two participants × pre and post');
    await cells.nth(0).fill('150');
    await grid.getByText('Harus antara 0 dan 100.').waitFor();
    expect(await page.getByRole('button', { name: /Simpan nilai/ }).isDisabled(), 'save is disabled while a value is off the scale');
    const values = ['40', '75', '55', '80'];
    for (let i = 0; i < 4; i++) await cells.nth(i).fill(values[i]);
    await page.getByRole('button', { name: 'Simpan nilai (4)' }).click();
    await page.getByText('Nilai tersimpan.').waitFor();
    await checkPage(page, 'session-scores');
    await page.getByRole('tab', { name: 'Evaluasi' }).click();
    const evaluation = page.getByTestId('evaluation');
    await evaluation.getByText('Pre-test dibanding post-test').waitFor();
    await evaluation.locator('.recharts-scatter-symbol').first().waitFor();
    const text = await evaluation.textContent();
    expect(text.includes('Pasangan nilai') && /47[,.]5/.test(text), 'pre mean 47,5 is shown');
    await checkPage(page, 'session-evaluation');
  });

  await test('export the scores as CSV and check the downloaded file', async () => {
    await mainNav(page).getByRole('link', { name: 'Ekspor data', exact: true }).click();
    await page.getByRole('heading', { name: 'Ekspor data', level: 1 }).waitFor();
    await checkPage(page, 'exports');
    const program = page.getByLabel('Program');
    await page.waitForFunction(() => [...document.querySelectorAll('option')].some((o) => o.textContent.startsWith('EGOV-DASAR')));
    const label = await program.evaluate((select) => [...select.options].find((o) => o.textContent.startsWith('EGOV-DASAR')).textContent);
    await program.selectOption({ label });
    await page.getByLabel('Tahun', { exact: true }).selectOption(state.year);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh' }).click()]);
    const file = join(outDir, download.suggestedFilename() || 'scores.csv');
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(file.endsWith('.csv'), `a CSV file (${file})`);
    expect(/nip/i.test(lines[0]), `a header naming the NIP column: ${lines[0].slice(0, 120)}`);
    const ours = lines.filter((l) => l.includes(state.code));
    expect(ours.length === 2, `two rows of session ${state.code} (found ${ours.length})`);
    for (const nip of state.nips) expect(ours.some((l) => l.includes(nip)), `a row for NIP ${nip}`);
    expect(ours.some((l) => l.includes('40') && l.includes('75')), 'the pre and post scores entered');
    await page.getByText(/telah diunduh/).waitFor();
  });

  await test('a programme is changed: its target competencies', async () => {
    await page.goto(state.sessionUrl);
    await page.getByRole('navigation', { name: 'Jejak halaman' }).getByRole('link', { name: 'EGOV-DASAR' }).click();
    await page.getByRole('button', { name: 'Ubah program' }).click();
    const editor = page.getByRole('form', { name: 'Ubah program' });
    await editor.getByLabel('Biaya per peserta (Rp)').fill('-5');
    await editor.getByRole('button', { name: 'Simpan' }).click();
    await editor.getByText('Tidak boleh negatif.').waitFor();
    await editor.getByLabel('Biaya per peserta (Rp)').fill('1500000');
    await editor.getByRole('button', { name: 'Simpan' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.getByText('1.500.000').waitFor();
    await checkPage(page, 'program');
  });

  await test('imports: a file with a bad row is refused with a row-error table', async () => {
    await mainNav(page).getByRole('link', { name: 'Impor data', exact: true }).click();
    await page.getByRole('tab', { name: 'Pegawai' }).click();
    await page.getByLabel('Berkas (CSV atau XLSX)').setInputFiles({
      name: 'pegawai.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nip,full_name,employee_type\n123,Budi Santoso,PNS\n'),
    });
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const table = page.getByTestId('row-errors');
    await table.waitFor();
    const text = await table.textContent();
    expect(text.includes('nip') && /18/.test(text), `row error names the NIP column: ${text}`);
    await checkPage(page, 'imports-rejected');
  });

  await test('organisation: unit tree, positions and the SKJ editor checks levels', async () => {
    await mainNav(page).getByRole('link', { name: 'Organisasi & jabatan', exact: true }).click();
    await page.getByRole('heading', { name: 'Unit kerja' }).waitFor();
    await page.locator('.tree button.link').first().waitFor();
    await checkPage(page, 'organisation');
    await page.getByRole('button', { name: 'Unit kerja baru' }).click();
    const unitForm = page.getByRole('form', { name: 'Unit kerja baru' });
    const unitName = `Bidang Uji ${state.code}`;
    await unitForm.getByLabel('Kode').fill(`U-${state.code}`);
    await unitForm.getByLabel('Nama', { exact: true }).fill(unitName);
    await unitForm.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('button', { name: unitName }).waitFor();
    await page.getByLabel('Cari', { exact: true }).fill('Kepala Dinas Pendidikan');
    await page.getByRole('link', { name: 'Kepala Dinas Pendidikan dan Kebudayaan' }).first().click();
    const skj = page.getByTestId('skj');
    await skj.waitFor();
    const level = skj.getByRole('spinbutton').first();
    await level.fill('7');
    await skj.getByText('Level harus bilangan bulat 1–5.').waitFor();
    expect(await page.getByRole('button', { name: 'Simpan SKJ' }).isDisabled(), 'save disabled with a level out of range');
    await page.getByRole('button', { name: 'Batalkan perubahan' }).click();
    await checkPage(page, 'position-skj');
  });

  await test('organisation: a position is created, changed and deleted; a unit is changed after a conflict (412), refused deletion while in use (409), then deleted', async () => {
    const unitName = `Bidang Uji ${state.code}`;
    await mainNav(page).getByRole('link', { name: 'Organisasi & jabatan', exact: true }).click();
    await page.getByRole('button', { name: unitName, exact: true }).click();
    await page.waitForURL(/unit=/);
    const unitId = new URL(page.url()).searchParams.get('unit');
    await page.getByRole('button', { name: 'Jabatan baru' }).click();
    const create = page.getByRole('form', { name: 'Jabatan baru' });
    await create.getByLabel('Kode').fill(`J-${state.code}`);
    await create.getByLabel('Nama', { exact: true }).fill('Analis Uji E2E');
    await create.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: 'Analis Uji E2E', level: 1 }).waitFor();
    const positionUrl = page.url();
    await page.getByRole('button', { name: 'Ubah jabatan' }).click();
    const edit = page.getByRole('form', { name: 'Ubah jabatan' });
    await edit.getByLabel('Nama', { exact: true }).fill('');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await edit.getByText('Wajib diisi.').waitFor();
    await edit.getByLabel('Nama', { exact: true }).fill('Analis Kebijakan Uji E2E');
    await edit.getByLabel('Jenis').selectOption('FungsionalAhliPertama');
    await checkPage(page, 'position-edit');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: 'Analis Kebijakan Uji E2E', level: 1 }).waitFor();
    await page.getByText('Ahli Pertama').first().waitFor();

    // The unit: someone else renames it while the form is open; saving answers 412.
    await mainNav(page).getByRole('link', { name: 'Organisasi & jabatan', exact: true }).click();
    await page.getByRole('button', { name: unitName, exact: true }).click();
    await page.getByRole('button', { name: /^Ubah unit kerja/ }).click();
    const unitForm = page.getByRole('form', { name: 'Ubah unit kerja' });
    await unitForm.getByLabel('Nama', { exact: true }).fill(`${unitName} A`);
    const status = await api(page, 'PUT', `/api/v1/units/${unitId}`, async (unit) => ({ code: unit.code, name: `${unitName} B`, kind: unit.kind, parentId: unit.parentId, sortOrder: unit.sortOrder, isActive: true }));
    expect(status === 200, `the other change is saved (${status})`);
    await unitForm.getByRole('button', { name: 'Simpan' }).click();
    await unitForm.getByText('Data telah diubah orang lain. Muat ulang lalu ulangi.').waitFor();
    await checkPage(page, 'unit-edit-conflict');
    await unitForm.getByRole('button', { name: 'Muat ulang data terbaru' }).click();
    await page.waitForFunction((name) => document.querySelector('form[aria-label="Ubah unit kerja"] input[name=name]')?.value === name, `${unitName} B`);
    await page.getByRole('form', { name: 'Ubah unit kerja' }).getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('form', { name: 'Ubah unit kerja' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `${unitName} B`, exact: true }).waitFor();

    // Deleting it while a position is in it is refused; after the position goes, it can go.
    await page.getByRole('button', { name: /^Ubah unit kerja/ }).click();
    page.once('dialog', (d) => d.accept());
    await page.getByRole('form', { name: 'Ubah unit kerja' }).getByRole('button', { name: 'Hapus unit kerja' }).click();
    await page.getByRole('form', { name: 'Ubah unit kerja' }).getByRole('alert').waitFor();
    await page.goto(positionUrl);
    await page.getByRole('button', { name: 'Ubah jabatan' }).click();
    page.once('dialog', (d) => d.accept());
    await page.getByRole('form', { name: 'Ubah jabatan' }).getByRole('button', { name: 'Hapus jabatan' }).click();
    await page.getByRole('heading', { name: 'Organisasi dan jabatan', level: 1 }).waitFor();
    await page.getByRole('button', { name: `${unitName} B`, exact: true }).click();
    await page.getByRole('button', { name: /^Ubah unit kerja/ }).click();
    page.once('dialog', (d) => d.accept());
    await page.getByRole('form', { name: 'Ubah unit kerja' }).getByRole('button', { name: 'Hapus unit kerja' }).click();
    await page.getByRole('form', { name: 'Ubah unit kerja' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `${unitName} B`, exact: true }).waitFor({ state: 'detached' });
  });

  await test('a development plan is generated within a budget, an item is changed, and it is submitted', async () => {
    await mainNav(page).getByRole('link', { name: 'Rencana pengembangan', exact: true }).click();
    await page.getByRole('heading', { name: 'Rencana pengembangan kompetensi', level: 1 }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.state.loading'));
    const existing = page.getByRole('link', { name: 'Rencana E2E' });
    if (await existing.count()) {
      await existing.first().click();
    } else {
      await page.getByRole('button', { name: 'Rencana baru' }).click();
      await page.getByLabel('Judul rencana').fill('Rencana E2E');
      await page.getByLabel('Pagu anggaran (Rp)').fill('60000000');
      await page.getByRole('button', { name: 'Simpan' }).click();
    }
    await page.getByRole('heading', { name: 'Rencana E2E', level: 1 }).waitFor();
    if (await page.getByRole('button', { name: 'Susun rencana' }).count()) {
      await page.getByLabel('Anggaran (Rp)').fill('90000000');
      await page.getByRole('button', { name: 'Susun rencana' }).click();
      await page.getByText('Anggaran tidak boleh negatif atau melebihi pagu.').waitFor();
      await page.getByLabel('Anggaran (Rp)').fill('50000000');
      await page.getByRole('button', { name: 'Susun rencana' }).click();
      await page.getByRole('heading', { name: 'Hasil penyusunan' }).waitFor();
      await checkPage(page, 'plan-generated');
      // A generated item changed by hand: another quarter and JP.
      const items = page.getByRole('table', { name: 'Butir rencana' });
      const first = items.locator('tbody tr').first();
      const [competency, who] = [await first.locator('td').nth(0).textContent(), await first.locator('td').nth(2).textContent()];
      await first.getByRole('button', { name: /^Ubah/ }).click();
      const itemForm = page.getByRole('form', { name: 'Ubah butir rencana' });
      await itemForm.getByLabel('Triwulan').selectOption('4');
      await itemForm.getByLabel('JP per peserta').fill('-1');
      await itemForm.getByRole('button', { name: 'Simpan' }).click();
      await itemForm.getByText('Harus bilangan bulat tidak negatif.').waitFor();
      await itemForm.getByLabel('JP per peserta').fill('13');
      await itemForm.getByLabel('Catatan').fill('Diubah pada uji E2E');
      await checkPage(page, 'plan-item-edit');
      await itemForm.getByRole('button', { name: 'Simpan' }).click();
      await itemForm.waitFor({ state: 'detached' });
      const changed = items.locator('tbody tr').filter({ hasText: competency }).filter({ hasText: who });
      await changed.getByRole('cell', { name: 'Q4', exact: true }).waitFor();
      await changed.getByRole('cell', { name: '13', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Ajukan' }).click();
      await page.getByText('Diajukan').first().waitFor();
    }
    await page.getByRole('tab', { name: 'Pemeriksaan JP' }).click();
    await page.getByText('PNS memenuhi 20 JP').waitFor();
    await checkPage(page, 'plan-jp-check');
  });

  await test('development plans render; a satisfaction survey is recorded from the respondents\' answers', async () => {
    await mainNav(page).getByRole('link', { name: 'Rencana pengembangan', exact: true }).click();
    await page.getByRole('heading', { name: 'Rencana pengembangan kompetensi', level: 1 }).waitFor();
    await checkPage(page, 'plans');
    await mainNav(page).getByRole('link', { name: 'Survei kepuasan (IKM)', exact: true }).click();
    await page.getByRole('heading', { name: 'Survei kepuasan masyarakat (IKM)', level: 1 }).waitFor();
    await checkPage(page, 'surveys');
    // A survey from the respondents' answers, pasted: a short line is named, then fixed.
    await page.getByRole('button', { name: 'Survei baru' }).click();
    const survey = page.getByRole('form', { name: 'Survei baru' });
    const unit = survey.getByLabel('Unit kerja');
    await page.waitForFunction(() => [...document.querySelectorAll('option')].some((o) => o.textContent.includes('UPT Puskesmas Kalianda')));
    await unit.selectOption({ label: await unit.evaluate((s) => [...s.options].find((o) => o.textContent.includes('UPT Puskesmas Kalianda')).textContent) });
    const title = `IKM E2E ${state.code}`;
    await survey.getByLabel('Survei', { exact: true }).fill(title);
    await survey.getByLabel('Awal periode').fill('2026-01-01');
    await survey.getByLabel('Akhir periode').fill('2026-03-31');
    const answers = survey.getByLabel(/^Jawaban responden/);
    await answers.fill('U1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\n4\t3\t3\t4\t3\t3\t4\t4\t3\n3\t3\t2\t4\t3\n4\t4\t4\t4\t4\t4\t4\t4\t4');
    await survey.getByText('Baris 3: harus sembilan jawaban.').waitFor();
    await survey.getByRole('button', { name: 'Simpan' }).click();
    await survey.getByText('Perbaiki baris yang ditandai.').waitFor();
    await answers.fill('U1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\n4\t3\t3\t4\t3\t3\t4\t4\t3\n3\t3\t2\t4\t3\t3\t3\t4\t-\n4\t4\t4\t4\t4\t4\t4\t4\t4');
    await survey.getByText('3 responden terbaca.').waitFor();
    await checkPage(page, 'survey-from-answers');
    await survey.getByRole('button', { name: 'Simpan' }).click();
    await survey.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByRole('cell', { name: '3', exact: true }).waitFor();
    // U9 skipped by one respondent: its average is of the other two (3.5); index 88.43, grade A.
    await row.getByRole('cell', { name: '88,43', exact: true }).waitFor();
    await row.getByText(/^A · /).waitFor();
    await mainNav(page).getByRole('link', { name: 'Kepatuhan JP', exact: true }).click();
    await page.getByRole('heading', { name: /PNS di bawah minimal \(\d+\)/ }).waitFor();
    await checkPage(page, 'jp-compliance');
  });

  await test('a completed session: attendance sheet, reaction results and follow-ups', async () => {
    await page.goto(`${baseUrl}/training/sessions?status=Completed`);
    await page.locator('table tbody tr a').first().click();
    await page.getByRole('tab', { name: 'Daftar hadir' }).click();
    await page.locator('table.sheet input[type=checkbox]').first().waitFor();
    await checkPage(page, 'session-attendance');
    await page.getByRole('tab', { name: 'Kepuasan peserta' }).click();
    await page.getByRole('heading', { name: 'Kuesioner reaksi peserta (level 1)' }).waitFor();
    await checkPage(page, 'session-reaction');
    await page.getByRole('tab', { name: 'Peserta', exact: true }).click();
    await page.getByRole('button', { name: /^Tindak lanjut/ }).first().click();
    await page.getByRole('heading', { name: /Tindak lanjut pascapelatihan/ }).waitFor();
  });

  await test('administration: the audit log lists sign-ins, correction requests have their tab', async () => {
    await mainNav(page).getByRole('link', { name: 'Administrasi', exact: true }).click();
    await page.getByRole('heading', { name: 'Log audit' }).waitFor();
    await page.getByLabel('Aksi').selectOption('SignIn');
    await page.getByRole('cell', { name: 'Masuk', exact: true }).first().waitFor();
    await page.getByRole('cell', { name: 'admin.kalianda' }).first().waitFor();
    await checkPage(page, 'admin-audit');
    await page.getByRole('tab', { name: 'Permintaan perbaikan' }).click();
    await page.getByRole('heading', { name: 'Permintaan perbaikan' }).waitFor();
    await page.getByRole('tab', { name: 'Pengaturan analisis kebutuhan' }).click();
    await page.getByLabel('Minimal JP per tahun (PNS)').waitFor();
    await checkPage(page, 'admin-settings');
  });

  await test('on a tablet (820 × 1180) the pages fit the width', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    for (const [path, name] of [['/', 'tablet-dashboard'], ['/employees', 'tablet-employees'], [new URL(state.sessionUrl).pathname + '?tab=scores', 'tablet-scores']]) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForFunction(() => !document.querySelector('.state.loading, .spinner'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow <= 1, `${path} scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: join(shotDir, `${name}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  await test('English can be chosen and every screen follows', async () => {
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('link', { name: 'Employees' }).waitFor();
    expect((await page.getAttribute('html', 'lang')) === 'en', 'html lang is en');
    await page.goto(state.sessionUrl);
    await page.getByRole('tab', { name: 'Participants', exact: true }).waitFor();
    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('tab', { name: 'Peserta', exact: true }).waitFor();
  });

  await test('sign out, then an employee sees only their own profile', async () => {
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await page.getByLabel('Nama pengguna').fill('pegawai.kalianda');
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Profil kompetensi' }).waitFor();
    const nav = await page.getByRole('navigation', { name: 'Navigasi utama' }).textContent();
    expect(nav.includes('Profil saya') && !nav.includes('Ekspor data') && !nav.includes('Pegawai'), `employee navigation: ${nav}`);
    await checkPage(page, 'my-profile');
    await mainNav(page).getByRole('link', { name: 'Data pribadi saya' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh data saya' }).click()]);
    const file = join(outDir, 'my-data.json');
    await download.saveAs(file);
    const mine = JSON.parse(readFileSync(file, 'utf8'));
    expect(/^\d{18}$/.test(mine.employee?.nip ?? ''), `the copy holds the employee record (${Object.keys(mine).join(', ')})`);
    const request = `Tanggal lahir saya salah (${state.code}).`;
    await page.getByLabel('Uraian').fill(request);
    await page.getByRole('button', { name: 'Kirim permintaan' }).click();
    await page.getByRole('cell', { name: request }).waitFor();
    await checkPage(page, 'my-data');
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  });

  await test('the system admin registers an agency, changes its name, region and kind, and opens its frameworks to CASE', async () => {
    const signOut = page.getByRole('button', { name: 'Keluar', exact: true });
    if (await signOut.count()) await signOut.click();
    await page.getByLabel('Nama pengguna').fill('sysadmin');
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await mainNav(page).getByRole('link', { name: 'Administrasi', exact: true }).click();
    await page.getByRole('tab', { name: 'Instansi' }).click();
    const code = `AG-${state.code}`;
    const create = page.getByRole('form', { name: 'Daftarkan instansi' });
    await create.getByLabel('Kode').fill(code);
    await create.getByLabel('Nama', { exact: true }).fill('Pemerintah Kabupaten Uji');
    await create.getByLabel('Wilayah').fill('Lampung');
    await create.getByRole('button', { name: 'Daftarkan instansi' }).click();
    await page.getByRole('cell', { name: code, exact: true }).waitFor();
    await page.getByRole('button', { name: `Ubah ${code}`, exact: true }).click();
    const edit = page.getByRole('form', { name: `Ubah instansi ${code}` });
    expect(await edit.getByLabel('Kode').isEditable() === false, 'the code stays');
    await edit.getByLabel('Wilayah').fill('');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await edit.getByText('Wajib diisi.').waitFor();
    await edit.getByLabel('Nama', { exact: true }).fill('Pemerintah Kota Uji');
    await edit.getByLabel('Wilayah').fill('Lampung Selatan');
    await edit.getByLabel('Jenis').selectOption('PemerintahKota');
    await checkPage(page, 'admin-agency-edit');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await edit.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: code });
    await row.getByText('Pemerintah Kota Uji').waitFor();
    await row.getByText('Lampung Selatan').waitFor();
    await row.getByRole('button', { name: `Buka untuk umum (${code})` }).click();
    await row.getByText('Terbuka untuk umum', { exact: true }).waitFor();
    await checkPage(page, 'admin-agencies');
    await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  });

  await test('no uncaught errors in the page', async () => {
    expect(consoleErrors.length === 0, consoleErrors.join('\n'));
  });
}

// ---------------------------------------------------------------------------------------------

let failedBefore = false;
// E2E_ONLY=regex runs only the tests whose names match it, after signing in (while working on one screen).
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : null;
const signIn = /^(a deep link|a wrong password|sign in as the agency admin)/;

async function test(name, body) {
  if (only && !only.test(name) && !signIn.test(name) && !name.startsWith('no uncaught')) {
    results.push({ name, status: 'skipped' });
    return;
  }
  if (failedBefore && !name.startsWith('no uncaught')) {
    // Each test builds on the one before it (the same signed-in browser); after a failure the
    // rest cannot run meaningfully.
    results.push({ name, status: 'skipped' });
    console.log(`  - ${name} (skipped)`);
    return;
  }
  const started = Date.now();
  try {
    await body();
    results.push({ name, status: 'passed', ms: Date.now() - started });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failedBefore = true;
    results.push({ name, status: 'failed', ms: Date.now() - started, error: String(error?.stack ?? error) });
    console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
    try {
      const pages = browser?.contexts()[0]?.pages() ?? [];
      if (pages[0]) await pages[0].screenshot({ path: join(shotDir, `FAILED-${slug(name)}.png`), fullPage: true });
    } catch {
      // no screenshot: fine
    }
  }
}

/**
 * A change made by "someone else" straight through the API with the signed-in token: reads the
 * resource for its ETag, then sends method with the body made from it. Answers the status.
 */
async function api(page, method, path, makeBody) {
  const current = await page.evaluate(async (url) => {
    const token = JSON.parse(sessionStorage.getItem('asn.session')).token;
    return (await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).json();
  }, path);
  const body = await makeBody(current);
  return page.evaluate(
    async ({ url, method, body, eTag }) => {
      const token = JSON.parse(sessionStorage.getItem('asn.session')).token;
      const response = await fetch(url, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': eTag }, body: JSON.stringify(body) });
      return response.status;
    },
    { url: path, method, body, eTag: current.eTag },
  );
}

const mainNav = (page) => page.getByRole('navigation', { name: 'Navigasi utama' });

function expect(condition, message) {
  if (!condition) throw new Error(`expected: ${message}`);
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);

/** A screenshot of the screen, and axe-core on it: serious or critical violations fail. */
async function checkPage(page, name) {
  await page.waitForFunction(() => !document.querySelector('.state.loading, .spinner'), null, { timeout: 15_000 });
  await page.screenshot({ path: join(shotDir, `${name}.png`), fullPage: true });
  const has = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!has) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !blocking.includes(v));
  if (minor.length) console.log(`      axe (${name}, not failing): ${minor.map((v) => `${v.id} [${v.impact}]`).join(', ')}`);
  if (blocking.length) {
    throw new Error(`axe on ${name}: ${blocking.map((v) => `${v.id} [${v.impact}] ${v.help} at ${v.nodes.join(' | ')}`).join('; ')}`);
  }
}

const started = Date.now();
try {
  await main();
} catch (error) {
  results.push({ name: 'e2e set-up', status: 'failed', error: String(error?.stack ?? error) });
  console.log(`  ✗ e2e set-up: ${error?.message ?? error}`);
} finally {
  await browser?.close().catch(() => {});
}
const count = (s) => results.filter((r) => r.status === s).length;
writeFileSync(join(outDir, 'results.json'), JSON.stringify({ baseUrl, seconds: (Date.now() - started) / 1000, results }, null, 2));
console.log(`  screenshots: ${shotDir}`);
console.log(`e2e: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(count('failed') ? 1 : 0);
