import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { prefetchList } from '../../lib/dashboard/list-cache';
import { parseRoute } from '../../lib/dashboard/routes';
import { openStore } from '../../lib/store/schema';
import '../../assets/base.css';
import '../../components/dashboard/dashboard.css';

// Opening on the pupil list: its cached rows are read while the settings are (they do not depend on each other).
if (parseRoute(location.hash).kind === 'list') prefetchList(openStore());
render(<DashboardApp />, document.getElementById('app')!);
