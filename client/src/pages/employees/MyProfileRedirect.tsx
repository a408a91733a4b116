import { Navigate } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { useUser } from '../../auth/AuthProvider';
import { Empty } from '../../components/ui';

/** An employee's own profile; a user without an employee record is told so. */
export default function MyProfileRedirect() {
  const { t } = useI18n();
  const user = useUser();
  if (user.employee?.id) return <Navigate to={`/employees/${user.employee.id}`} replace />;
  return <Empty>{t('me.noEmployee')}</Empty>;
}
