import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import '../../assets/base.css';
import '../../components/dashboard/dashboard.css';

render(<DashboardApp />, document.getElementById('app')!);
